// Final tier: camera motion blur. Each pixel's point in the world is projected with the previous frame's camera; the
// image is averaged along half of that path (a 180° shutter), centred on the pixel.
in vec2 vUv;
uniform sampler2D uSource;
uniform sampler2D uDepth;
uniform mat4 uPrevViewProj;
uniform vec2 uSize;         // output size, px
uniform float uMaxBlur;     // px
layout(location = 0) out vec4 oColor;
void main()
{
    float depth = texture(uDepth, vUv).r;
    vec4 w = uInvViewProj * vec4(vUv * 2.0 - 1.0, depth * 2.0 - 1.0, 1.0);
    vec4 prev = uPrevViewProj * vec4(w.xyz / w.w, 1.0);
    vec2 prevUv = prev.w > 0.0 ? prev.xy / prev.w * 0.5 + 0.5 : vUv;
    vec2 blur = (vUv - prevUv) * uSize * 0.5;
    float length_ = length(blur);
    if (length_ > uMaxBlur)
    {
        blur *= uMaxBlur / length_;
    }
    vec2 step_ = blur / uSize;
    vec3 c = vec3(0.0);
    for (int i = 0; i < 16; i++)
    {
        c += texture(uSource, vUv + step_ * ((float(i) + 0.5) / 16.0 - 0.5)).rgb;
    }
    oColor = vec4(c / 16.0, 1.0);
}
