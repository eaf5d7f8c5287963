in vec3 vLit;
in vec3 vShadowed;
in vec3 vShadowCoord;
in vec3 vWorld;
flat in uvec2 vLabel;
layout(location = 0) out vec4 oColor;
#ifdef LABELS
layout(location = 1) out uvec4 oLabel;
#endif
void main()
{
    vec3 c = vLit;
    if (uMoonDir.w > 0.5)
    {
        c = mix(vShadowed, vLit, texture(uShadowMap, vShadowCoord));
    }
    oColor = vec4(c, 1.0);
#ifdef LABELS
    oLabel = uvec4(vLabel.x, vLabel.y, floatBitsToUint(distance(vWorld, uCamera.xyz)), 0u);
#endif
}
