// Final tier: depth of field (a gather over a golden-angle spiral, after Gustafsson's single-pass bokeh: a sample
// counts when its own blur reaches this pixel, and what is behind may not blur over what is in front), then bloom
// added and a gentle vignette.
in vec2 vUv;
uniform sampler2D uSource;  // resolved colour, signed circle of confusion in alpha
uniform sampler2D uBloom;
uniform vec2 uTexel;        // 1 / output size
uniform float uMaxCoc;      // px
uniform float uBloomStrength;
uniform float uVignette;    // 0 none … 1 strong
layout(location = 0) out vec4 oColor;

float cocOf(float a) { return (a * 2.0 - 1.0) * uMaxCoc; }

void main()
{
    vec4 centre = texture(uSource, vUv);
    float centreCoc = cocOf(centre.a);
    float centreSize = abs(centreCoc);
    vec3 color = centre.rgb;
    float total = 1.0;
    float radius = 1.0;
    for (float angle = 0.0; radius < uMaxCoc; angle += 2.39996323)
    {
        vec2 uv = vUv + vec2(cos(angle), sin(angle)) * uTexel * radius;
        vec4 s = texture(uSource, uv);
        float coc = cocOf(s.a);
        float size = abs(coc);
        if (coc > centreCoc)
        {
            size = clamp(size, 0.0, centreSize * 2.0);   // behind this pixel: may not spread over it
        }
        float m = smoothstep(radius - 0.5, radius + 0.5, size);
        color += mix(color / total, s.rgb, m);
        total += 1.0;
        radius += 1.0 / radius;
    }
    color /= total;
    color += texture(uBloom, vUv).rgb * uBloomStrength;
    vec2 q = vUv - 0.5;
    color *= 1.0 - uVignette * smoothstep(0.45, 1.1, dot(q, q) * 2.0);   // the corners only
    oColor = vec4(color, 1.0);
}
