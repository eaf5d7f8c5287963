// Shared by every program: the per-frame uniform block and the lighting, sky and fog functions, so that one
// sun direction and one sky colour drive shading, fog, reflections and the sky itself.
layout(std140) uniform Frame
{
    mat4 uViewProj;
    mat4 uShadowMatrix;   // world -> shadow map [0,1]^3
    mat4 uInvViewProj;
    vec4 uCamera;         // xyz eye (m), w = seconds of simulation time
    vec4 uSunDir;         // xyz toward the sun, w = star visibility
    vec4 uLightDir;       // xyz toward the shadow-casting light (sun or moon), w = shadow strength
    vec4 uDirect;         // rgb direct light, w = exposure
    vec4 uZenith;         // rgb, w = fog density (1/m)
    vec4 uHorizon;        // rgb, w = view distance (m)
    vec4 uSkyAmbient;     // rgb, w = night 0..1
    vec4 uGroundAmbient;  // rgb, w = wetness 0..1
    vec4 uSunGlow;        // rgb, w = cloud cover 0..1
    vec4 uMoonDir;        // xyz toward the moon, w = 1 when the shadow map is valid
    vec4 uParams;         // x = rain, y = snow, z = shadow texel size, w = wind strength (1 = breeze, gusts 2 … 4.5)
    vec4 uGrade;          // rgb = white balance (tone tint), w = saturation
    vec4 uFogShape;       // x = subject clearing reach (m, 0 = none), y = fog density within it (1/m), z = fog falloff with height (1/m), w = cloud shade
    vec4 uSkyShape;       // x = horizon band sharpness (exponent: 3 by day, up to 8 when a low sun paints a thin warm band), yzw unused
};
