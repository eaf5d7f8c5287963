in vec2 vNdc;
layout(location = 0) out vec4 oColor;
layout(location = 1) out uvec4 oLabel;

float hash12(vec2 p)
{
    vec3 p3 = fract(vec3(p.xyx) * 0.1031);
    p3 += dot(p3, p3.yzx + 33.33);
    return fract((p3.x + p3.y) * p3.z);
}

float valueNoise(vec2 p)
{
    vec2 i = floor(p);
    vec2 f = fract(p);
    f = f * f * (3.0 - 2.0 * f);
    return mix(mix(hash12(i), hash12(i + vec2(1.0, 0.0)), f.x), mix(hash12(i + vec2(0.0, 1.0)), hash12(i + vec2(1.0, 1.0)), f.x), f.y);
}

void main()
{
    vec4 far = uInvViewProj * vec4(vNdc, 1.0, 1.0);
    vec3 d = normalize(far.xyz / far.w - uCamera.xyz);
    vec3 c = skyColor(d);

    // Sun disc (only above the horizon) and moon disc.
    float sd = dot(d, uSunDir.xyz);
    float above = smoothstep(-0.02, 0.02, d.y);
    c += uSunGlow.rgb * 14.0 * smoothstep(0.9994, 0.9997, sd) * above * (1.0 - uSunGlow.w * 0.8);
    float md = dot(d, uMoonDir.xyz);
    float night = uSkyAmbient.w;
    c += vec3(0.85, 0.9, 1.0) * 1.4 * smoothstep(0.9990, 0.9993, md) * night * above;

    // Stars: a hashed grid on the sky sphere, twinkling slowly.
    if (uSunDir.w > 0.01 && d.y > 0.0)
    {
        vec2 sp = vec2(atan(d.x, d.z) * 120.0, d.y * 190.0);
        vec2 cell = floor(sp);
        float h = hash12(cell);
        if (h > 0.985)
        {
            vec2 centre = cell + 0.5 + (vec2(hash12(cell + 7.1), hash12(cell + 3.7)) - 0.5) * 0.6;
            float star = smoothstep(0.35, 0.0, length(sp - centre)) * (h - 0.985) * 66.0;
            c += vec3(0.9, 0.95, 1.0) * star * uSunDir.w * (0.7 + 0.3 * sin(uCamera.w * 2.0 + h * 100.0));
        }
    }

    // Clouds: two octaves of value noise on a plane 1 km up, drifting with simulation time.
    if (d.y > 0.0)
    {
        vec2 uv = d.xz / (d.y + 0.08) * 1.6 + vec2(uCamera.w * 0.004, uCamera.w * 0.002);
        float n = valueNoise(uv) * 0.65 + valueNoise(uv * 2.7 + 3.1) * 0.35;
        float cover = uSunGlow.w;
        float cloud = smoothstep(0.75 - cover * 0.55, 1.05 - cover * 0.4, n) * smoothstep(0.0, 0.25, d.y);
        vec3 cloudLit = uSkyAmbient.rgb * 1.25 + uDirect.rgb * 0.35 * (0.6 + 0.4 * max(sd, 0.0));
        c = mix(c, cloudLit, cloud * 0.85);
    }
    oColor = vec4(finish(c), 1.0);
    oLabel = uvec4(1u, 0u, 0x7F800000u /* +inf: the sky is infinitely far */, 0u);
}
