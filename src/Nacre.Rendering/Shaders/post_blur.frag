// Separable Gaussian (9 taps as 5 bilinear fetches) along uStep, for the bloom.
in vec2 vUv;
uniform sampler2D uSource;
uniform vec2 uStep;         // one texel along the blur direction, in texture units
layout(location = 0) out vec4 oColor;
void main()
{
    vec3 c = texture(uSource, vUv).rgb * 0.2270270;
    c += (texture(uSource, vUv + uStep * 1.3846154).rgb + texture(uSource, vUv - uStep * 1.3846154).rgb) * 0.3162162;
    c += (texture(uSource, vUv + uStep * 3.2307692).rgb + texture(uSource, vUv - uStep * 3.2307692).rgb) * 0.0702703;
    oColor = vec4(c, 1.0);
}
