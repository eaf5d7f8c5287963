out vec3 vFar;
void main()
{
    // One triangle covering the screen, at the far plane. The far plane's world points are affine in screen space,
    // so the view ray's far point interpolates exactly.
    vec2 p = vec2((gl_VertexID << 1) & 2, gl_VertexID & 2) * 2.0 - 1.0;
    vec4 far = uInvViewProj * vec4(p, 1.0, 1.0);
    vFar = far.xyz / far.w;
    gl_Position = vec4(p, 1.0, 1.0);
}
