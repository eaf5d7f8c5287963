uniform sampler2DShadow uShadowMap;

vec3 skyColor(vec3 d)
{
    float up = d.y;
    float h = 1.0 - clamp(up, 0.0, 1.0);
    vec3 c = mix(uZenith.rgb, uHorizon.rgb, h * h * h);
    c = mix(c, uHorizon.rgb * 0.85 + uGroundAmbient.rgb * 0.2, clamp(-up * 5.0, 0.0, 1.0));
    float s = max(dot(d, uSunDir.xyz), 0.0);
    c += uSunGlow.rgb * (pow(s, 5.0) * 0.55 + pow(s, 48.0) * 1.2);
    return c;
}

// Aerial perspective and fog: exponential with distance, thinning with height above the eye, and a final fade
// into the sky over the last fifth of the view distance so the world has no visible edge.
vec3 fogged(vec3 color, vec3 worldPos, float extra)
{
    vec3 d = worldPos - uCamera.xyz;
    float dist = length(d);
    vec3 dir = d / max(dist, 1e-3);
    float density = uZenith.w * exp(-max(d.y, 0.0) * 0.004);
    float f = 1.0 - exp(-dist * density);
    f = max(f, smoothstep(uHorizon.w * 0.8, uHorizon.w * 0.98, dist));
    f = max(f, extra);
    vec3 fc = skyColor(normalize(vec3(dir.x, max(dir.y, 0.0), dir.z)));
    return mix(color, fc, clamp(f, 0.0, 1.0));
}

float shadowAt(vec3 worldPos)
{
    if (uMoonDir.w < 0.5)
    {
        return 1.0;
    }
    vec3 p = (uShadowMatrix * vec4(worldPos, 1.0)).xyz;
    vec2 edge = abs(p.xy * 2.0 - 1.0);
    float m = max(edge.x, edge.y);
    if (m >= 1.0 || p.z >= 1.0)
    {
        return 1.0;
    }
    float t = uParams.z;
    // 4 hardware-filtered taps: a soft 3×3-texel penumbra.
    float s = texture(uShadowMap, vec3(p.xy + vec2(-t, -t) * 0.5, p.z))
            + texture(uShadowMap, vec3(p.xy + vec2(t, -t) * 0.5, p.z))
            + texture(uShadowMap, vec3(p.xy + vec2(-t, t) * 0.5, p.z))
            + texture(uShadowMap, vec3(p.xy + vec2(t, t) * 0.5, p.z));
    return mix(s * 0.25, 1.0, smoothstep(0.8, 1.0, m));
}

// Lambert from one light plus hemisphere ambient; specular for wet or shiny surfaces.
vec3 lit(vec3 albedo, vec3 n, vec3 worldPos, float shine)
{
    float ndl = max(dot(n, uLightDir.xyz), 0.0);
    float sh = ndl > 0.0 ? shadowAt(worldPos) : 1.0;
    sh = mix(1.0, sh, uLightDir.w);
    vec3 ambient = mix(uGroundAmbient.rgb, uSkyAmbient.rgb, n.y * 0.5 + 0.5);
    float wet = uGroundAmbient.w;
    albedo *= 1.0 - wet * 0.35 * step(n.y, 2.0) * (1.0 - shine);
    vec3 c = albedo * (ambient + uDirect.rgb * (ndl * sh));
    float gloss = max(shine, wet * 0.6 * n.y);
    if (gloss > 0.0)
    {
        vec3 v = normalize(uCamera.xyz - worldPos);
        vec3 h = normalize(v + uLightDir.xyz);
        c += uDirect.rgb * (pow(max(dot(n, h), 0.0), 40.0) * gloss * 0.5 * sh);
    }
    return c;
}

vec3 finish(vec3 c)
{
    c *= uDirect.w;
    // Narkowicz's ACES fit: filmic shoulder, keeps bright skies from clipping flat.
    c = clamp((c * (2.51 * c + 0.03)) / (c * (2.43 * c + 0.59) + 0.14), 0.0, 1.0);
    return pow(c, vec3(1.0 / 2.2));
}

vec3 facetNormal(vec3 worldPos)
{
    vec3 n = normalize(cross(dFdx(worldPos), dFdy(worldPos)));
    return dot(n, uCamera.xyz - worldPos) < 0.0 ? -n : n;
}
