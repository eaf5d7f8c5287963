// Renders the sky lookup table: x = elevation (d.y · 0.5 + 0.5), y = sin(angle to the sun / 2).
in vec3 vFar;
layout(location = 0) out vec4 oColor;
uniform vec2 uLutSize;
void main()
{
    vec2 uv = gl_FragCoord.xy / uLutSize;
    float up = uv.x * 2.0 - 1.0;
    float cosSun = 1.0 - 2.0 * uv.y * uv.y;
    oColor = vec4(skyColorFrom(up, cosSun), 1.0);
}
