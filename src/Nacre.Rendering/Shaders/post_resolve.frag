// Final tier, first pass: filters the supersampled scene down to the output size, darkens creases and contacts with
// screen-space ambient occlusion, and stores each pixel's signed circle of confusion in alpha for the depth of field
// (0.5 = in focus, 0 = nearest and most blurred, 1 = farthest and most blurred).
in vec2 vUv;
uniform sampler2D uScene;   // supersampled colour (tone-mapped)
uniform sampler2D uDepth;   // supersampled depth buffer
uniform vec2 uTexel;        // 1 / output size
uniform float uPixelsPerMetre;   // output pixels a metre spans at 1 m: height / (2 tan(fov_y / 2))
uniform float uFocus;       // focus distance, m; 0 = focus on the middle of the frame
uniform vec2 uCoc;          // x = blur radius, px, per 1/m of defocus (|1/focus − 1/distance|); y = the most allowed, px
layout(location = 0) out vec4 oColor;

const float Sky = 1.0e6;

vec3 worldAt(vec2 uv, out float depth)
{
    depth = texture(uDepth, uv).r;
    vec4 w = uInvViewProj * vec4(uv * 2.0 - 1.0, depth * 2.0 - 1.0, 1.0);
    return w.xyz / w.w;
}

float distanceAt(vec2 uv)
{
    float depth;
    vec3 w = worldAt(uv, depth);
    return depth >= 1.0 ? Sky : distance(w, uCamera.xyz);
}

float focusDistance()
{
    if (uFocus > 0.0)
    {
        return uFocus;
    }
    // The focus puller follows what is at the middle of the frame; when that is sky, the nearest thing around it.
    float d = distanceAt(vec2(0.5));
    if (d >= Sky)
    {
        d = min(min(distanceAt(vec2(0.47, 0.5)), distanceAt(vec2(0.53, 0.5))), min(distanceAt(vec2(0.5, 0.45)), distanceAt(vec2(0.5, 0.55))));
    }
    return min(d, 1.0e4);
}

void main()
{
    vec2 o = uTexel * 0.25;
    vec3 c = 0.25 * (texture(uScene, vUv + vec2(-o.x, -o.y)).rgb + texture(uScene, vUv + vec2(o.x, -o.y)).rgb
                   + texture(uScene, vUv + vec2(-o.x, o.y)).rgb + texture(uScene, vUv + vec2(o.x, o.y)).rgb);
    float depth;
    vec3 p = worldAt(vUv, depth);
    float d = depth >= 1.0 ? Sky : distance(p, uCamera.xyz);
    if (depth < 1.0)
    {
        // Ambient occlusion (the Alchemy estimator): points around this one that rise above its surface occlude it.
        vec3 n = normalize(cross(dFdx(p), dFdy(p)));
        n *= sign(dot(n, uCamera.xyz - p));
        const float Radius = 1.4;   // metres
        float radiusPx = clamp(Radius * uPixelsPerMetre / d, 1.5, 48.0);
        float turn = pixelNoise(gl_FragCoord.xy) * 6.2831853;
        float occlusion = 0.0;
        for (int i = 0; i < 10; i++)
        {
            float f = (float(i) + 0.5) / 10.0;
            float a = turn + float(i) * 2.39996;   // golden angle
            vec2 uv = vUv + vec2(cos(a), sin(a)) * (radiusPx * sqrt(f)) * uTexel;
            float sd;
            vec3 v = worldAt(uv, sd) - p;
            float vv = dot(v, v);
            // The sine of the sample's elevation above the surface (less a bias that grows with distance), fading out
            // for samples more than twice the radius away (a tree far behind a wall does not darken it).
            occlusion += max(dot(v, n) - 0.001 * d, 0.0) / sqrt(vv + 0.01) * max(1.0 - vv / (Radius * Radius * 4.0), 0.0);
        }
        float ao = clamp(1.0 - occlusion / 10.0 * 1.4, 0.0, 1.0);
        c *= mix(1.0, ao, 0.7 * (1.0 - smoothstep(80.0, 250.0, d)));
    }
    float s = focusDistance();
    float coc = clamp(uCoc.x * (1.0 / s - 1.0 / d), -uCoc.y * 0.45, uCoc.y);   // negative in front of the focus (capped lower)
    oColor = vec4(c, 0.5 + 0.5 * coc / uCoc.y);
}
