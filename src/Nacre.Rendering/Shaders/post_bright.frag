// Bloom, first pass at a quarter of the output size: what is brighter than the knee, averaged over the four pixels.
in vec2 vUv;
uniform sampler2D uSource;
uniform vec2 uTexel;        // 1 / source size
uniform float uKnee;        // luma where bloom starts, 0 … 1
layout(location = 0) out vec4 oColor;
void main()
{
    vec2 o = uTexel;
    vec3 c = 0.25 * (texture(uSource, vUv + vec2(-o.x, -o.y)).rgb + texture(uSource, vUv + vec2(o.x, -o.y)).rgb
                   + texture(uSource, vUv + vec2(-o.x, o.y)).rgb + texture(uSource, vUv + vec2(o.x, o.y)).rgb);
    float luma = dot(c, vec3(0.2126, 0.7152, 0.0722));
    float over = max(luma - uKnee, 0.0) / max(1.0 - uKnee, 1e-3);
    oColor = vec4(c * (over * over), 1.0);
}
