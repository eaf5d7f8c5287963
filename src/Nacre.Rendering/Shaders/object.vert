layout(location = 0) in vec3 aPos;
layout(location = 1) in vec4 aColor;     // sRGB; alpha: 0 fixed colour, 0.5 instance tint, 1 glows at night
layout(location = 2) in vec4 iPosYaw;    // base position (m), yaw (radians, compass)
layout(location = 3) in vec4 iScaleSway; // scale x, y, z; wind sway amplitude
layout(location = 4) in vec4 iTint;      // instance colour, sRGB
layout(location = 5) in uvec2 iLabel;    // semantic label, instance-id index
uniform int uShadowPass;
uniform mat4 uLightViewProj;
out vec3 vWorld;
out vec3 vColor;
out float vGlow;
flat out uvec2 vLabel;
void main()
{
    vec3 p = aPos * iScaleSway.xyz;
    // Wind: tops of trees and grass lean and return, phase varying across the world; driven by simulation seconds.
    float t = uCamera.w;
    float phase = iPosYaw.x * 0.37 + iPosYaw.z * 0.23;
    float h = max(p.y, 0.0);
    vec2 sway = vec2(sin(t * 1.3 + phase), cos(t * 1.1 + phase * 1.7)) * (0.6 + 0.4 * sin(t * 0.37 + phase * 0.2));
    p.xz += sway * (iScaleSway.w * 0.018 * h);
    float c = cos(iPosYaw.w), s = sin(iPosYaw.w);
    vec3 w = vec3(p.x * c - p.z * s, p.y, p.x * s + p.z * c) + iPosYaw.xyz;
    vWorld = w;
    vec3 srgb = aColor.a > 0.25 && aColor.a < 0.75 ? aColor.rgb * iTint.rgb : aColor.rgb;
    vColor = srgb * srgb;
    vGlow = aColor.a > 0.75 ? 1.0 : 0.0;
    vLabel = iLabel;
    gl_Position = (uShadowPass == 1 ? uLightViewProj : uViewProj) * vec4(w, 1.0);
}
