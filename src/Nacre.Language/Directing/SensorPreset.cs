namespace Nacre.Language.Directing;

/// <summary>Camera sensor (film gate) presets; sizes in <see cref="SensorSizes"/>.</summary>
public enum SensorPreset { FullFrame, Super35, Super16, AlexaMini }
