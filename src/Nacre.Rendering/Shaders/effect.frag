in vec2 vCorner;
in vec4 vColour;
in vec3 vWorld;
layout(location = 0) out vec4 oColor;
void main()
{
    // A soft round puff, its edge broken a little by a fixed pattern so overlapping puffs read as billows.
    float r = length(vCorner);
    float billow = 0.8 + 0.2 * sin(vCorner.x * 5.0 + vCorner.y * 3.0) * cos(vCorner.y * 4.0 - vCorner.x * 2.0);
    float alpha = vColour.a * (1.0 - smoothstep(0.15, 1.0, r * billow)) * (1.0 - smoothstep(0.7, 1.0, r));
    // Fade out what passes right by the eye, so a puff never covers the frame.
    alpha *= smoothstep(2.0, 14.0, distance(vWorld, uCamera.xyz));
    if (alpha < 0.004)
    {
        discard;
    }
    vec3 c = vColour.rgb * (uSkyAmbient.rgb * 1.3 + uDirect.rgb * 0.7 + 0.02);
    vec4 fog = fogFor(vWorld, 0.0);
    c = mix(c, fog.rgb, fog.a);
    oColor = vec4(tonemap(c), alpha);
}
