// Rain streaks (lines) and snow flakes (points) in a box that follows the camera. Each particle's position is a
// pure function of its seed and simulation seconds, so a replayed take shows the same drops.
layout(location = 0) in vec4 aSeed;   // xyz in [0,1), w = 0 top / 1 bottom of a streak
uniform vec4 uBox;                    // x = box size (m), y = fall speed (m/s), z = streak length (m; snow: sideways drift, m/s), w = 1 for snow
uniform float uPixelScale;            // image height / 480: flakes keep their size relative to the frame
out float vAlpha;
out float vSnow;   // 1 for snow flakes (round points), 0 for rain streaks
void main()
{
    float size = uBox.x;
    float t = uCamera.w;
    vec3 p = aSeed.xyz * size;
    p.y -= t * uBox.y * (0.85 + 0.3 * aSeed.x);
    if (uBox.w > 0.5)
    {
        p.x += sin(t * 0.9 + aSeed.z * 40.0) * 0.6 + t * uBox.z * (0.8 + 0.4 * aSeed.y);
        p.z += cos(t * 0.7 + aSeed.x * 40.0) * 0.6;
    }
    else
    {
        p.x += t * 1.5;   // wind slants the rain
    }
    vec3 origin = uCamera.xyz - vec3(size * 0.5);
    p = origin + mod(p - origin, vec3(size));
    if (aSeed.w > 0.5)
    {
        p += vec3(-0.08, uBox.z, 0.0);
    }
    float d = distance(p, uCamera.xyz);
    vSnow = uBox.w;
    vAlpha = smoothstep(size * 0.5, size * 0.2, d);
    gl_Position = uViewProj * vec4(p, 1.0);
    gl_PointSize = max(clamp(40.0 / max(d, 0.5), 1.0, 5.0) * uPixelScale, 1.0);
    if (uBox.w > 0.5 && aSeed.w > 0.5)
    {
        gl_Position = vec4(2.0, 2.0, 2.0, 1.0);   // snow: one flake per particle, the streak's second vertex is clipped
    }
}
