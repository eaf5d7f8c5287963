layout(location = 0) in vec3 aPos;
layout(location = 1) in vec4 aColor;
layout(location = 2) in uint aLabel;
uniform int uShadowPass;
uniform mat4 uLightViewProj;
out vec3 vWorld;
out vec3 vColor;
out float vShine;
flat out uint vLabel;
void main()
{
    vWorld = aPos;
    vColor = aColor.rgb * aColor.rgb;   // sRGB → linear (gamma 2 is close enough for albedo)
    vShine = aColor.a;
    vLabel = aLabel;
    gl_Position = (uShadowPass == 1 ? uLightViewProj : uViewProj) * vec4(aPos, 1.0);
}
