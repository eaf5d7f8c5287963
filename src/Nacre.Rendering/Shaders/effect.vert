// Soft camera-facing sprites for moving effects (smoke, spray, surf). Each instance is one sprite whose centre, size,
// colour and opacity the CPU computed for this frame from the emitter and simulation time.
layout(location = 0) in vec4 aCentre;   // xyz world (m), w = radius (m)
layout(location = 1) in vec4 aColour;   // rgb albedo (linear), a = opacity
uniform vec3 uRight;                    // camera right, world
uniform vec3 uUp;                       // camera up, world
out vec2 vCorner;
out vec4 vColour;
out vec3 vWorld;
void main()
{
    vec2 corner = vec2((gl_VertexID & 1) == 0 ? -1.0 : 1.0, (gl_VertexID & 2) == 0 ? -1.0 : 1.0);
    vec3 p = aCentre.xyz + (uRight * corner.x + uUp * corner.y) * aCentre.w;
    vCorner = corner;
    vColour = aColour;
    vWorld = p;
    gl_Position = uViewProj * vec4(p, 1.0);
}
