in float vAlpha;
uniform vec4 uTint;   // rgb linear, a = opacity
layout(location = 0) out vec4 oColor;
void main()
{
    vec3 c = uTint.rgb * (uSkyAmbient.rgb * 1.6 + uDirect.rgb * 0.3 + 0.02);
    oColor = vec4(tonemap(c), uTint.a * vAlpha);
}
