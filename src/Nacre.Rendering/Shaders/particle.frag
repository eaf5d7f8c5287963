in float vAlpha;
in float vSnow;
uniform vec4 uTint;   // rgb linear, a = opacity
layout(location = 0) out vec4 oColor;
void main()
{
    vec3 c = uTint.rgb * (uSkyAmbient.rgb * 1.6 + uDirect.rgb * 0.3 + 0.02);
    float alpha = uTint.a * vAlpha;
    if (vSnow > 0.5)
    {
        alpha *= smoothstep(0.5, 0.3, length(gl_PointCoord - vec2(0.5)));   // a round flake, not a square
    }
    oColor = vec4(tonemap(c), alpha);
}
