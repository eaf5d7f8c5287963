in vec3 vWorld;
in vec3 vColor;
in float vShine;
flat in uint vLabel;
uniform float uFade;   // 1 = fully arrived; a new far chunk rises out of the fog
layout(location = 0) out vec4 oColor;
layout(location = 1) out uvec4 oLabel;
void main()
{
    vec3 n = facetNormal(vWorld);
    vec3 c = lit(vColor, n, vWorld, vShine);
    c = fogged(c, vWorld, 1.0 - uFade);
    oColor = vec4(finish(c), 1.0);
    oLabel = uvec4(vLabel, 0u, floatBitsToUint(distance(vWorld, uCamera.xyz)), 0u);
}
