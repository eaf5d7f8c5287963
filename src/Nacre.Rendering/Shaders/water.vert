layout(location = 0) in vec3 aPos;
layout(location = 1) in vec4 aColor;   // sRGB body tint; a = depth of the water there, 0 … 12.75 m
layout(location = 2) in uint aLabel;
uniform float uFade;
out vec3 vWorld;
out vec4 vFog;
out float vDepth;     // metres of water under the surface (0 at the shore)
flat out vec3 vBody;
flat out uint vLabel;
void main()
{
    vec3 albedo = aColor.rgb * aColor.rgb;
    vec3 ambient = mix(uGroundAmbient.rgb, uSkyAmbient.rgb, 0.8);
    vBody = albedo * (ambient + uDirect.rgb * max(uLightDir.y, 0.0) * 0.6);
    vFog = fogFor(aPos, 1.0 - uFade);
    vDepth = aColor.a * 12.75;
    vWorld = aPos;
    vLabel = aLabel & 0xffffu;
    gl_Position = uViewProj * vec4(aPos, 1.0);
}
