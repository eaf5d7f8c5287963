in vec3 vFar;
uniform sampler2D uSkyLut;   // sky radiance by (elevation, angle to the sun)
uniform sampler2D uClouds;   // r = cloud density, g = star brightness; tiles on a plane high above
layout(location = 0) out vec4 oColor;
#ifdef LABELS
layout(location = 1) out uvec4 oLabel;
#endif
void main()
{
    vec3 d = normalize(vFar - uCamera.xyz);
    float sd = dot(d, uSunDir.xyz);
    vec3 c = texture(uSkyLut, vec2(d.y * 0.5 + 0.5, sqrt(max(0.5 - 0.5 * sd, 0.0)))).rgb;

    // Sun and moon discs (sun only above the horizon, dimmed by clouds).
    float above = smoothstep(-0.02, 0.02, d.y);
    c += uSunGlow.rgb * 14.0 * smoothstep(0.9994, 0.9997, sd) * above * (1.0 - uSunGlow.w * 0.8);
    float night = uSkyAmbient.w;
    c += vec3(0.85, 0.9, 1.0) * 1.4 * smoothstep(0.9990, 0.9993, dot(d, uMoonDir.xyz)) * night * above;

    if (d.y > 0.0)
    {
        vec2 uv = d.xz / (d.y + 0.08) * 0.09 + vec2(uCamera.w * 0.0006, uCamera.w * 0.0003);
        float density = texture(uClouds, uv).r;
        float cover = uSunGlow.w;
        float cloud = smoothstep(0.62 - cover * 0.5, 0.95 - cover * 0.4, density) * smoothstep(0.0, 0.2, d.y);
        if (uSunDir.w > 0.01)
        {
            // Stars: the texture's green channel at a far finer scale than the clouds, so each is a point.
            float star = texture(uClouds, d.xz / (d.y + 0.3) * 3.0).g;
            c += vec3(0.9, 0.95, 1.0) * (smoothstep(0.3, 0.9, star) * 2.5 * uSunDir.w * (1.0 - cloud));
        }
        vec3 cloudLit = uSkyAmbient.rgb * 1.25 + uDirect.rgb * 0.35 * (0.6 + 0.4 * max(sd, 0.0));
        c = mix(c, cloudLit * uFogShape.w, cloud * 0.85);
    }
    oColor = vec4(tonemap(c), 1.0);
#ifdef LABELS
    oLabel = uvec4(1u, 0u, 0x7F800000u /* +inf: the sky is infinitely far */, 0u);
#endif
}
