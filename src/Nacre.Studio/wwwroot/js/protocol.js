// The stream protocol (docs/api.md): 80-byte little-endian frame header in front of each JPEG.

export const HEADER_BYTES = 80;
export const WEATHER = ['clear', 'overcast', 'fog', 'rain', 'drizzle', 'snow', 'storm'];

export function readHeader(buffer) {
  const v = new DataView(buffer);
  if (buffer.byteLength < HEADER_BYTES || v.getUint32(0, true) !== 0x3146434e) throw new Error('not a Nacre frame');
  const headerBytes = v.getUint16(4, true);
  return {
    headerBytes,
    width: v.getUint16(6, true),
    height: v.getUint16(8, true),
    dropped: v.getUint16(10, true),
    frame: v.getUint32(12, true),
    tick: Number(v.getBigInt64(16, true)),
    lastInput: v.getUint32(24, true),
    simulateUs: v.getUint32(28, true),
    renderUs: v.getUint32(32, true),
    readbackUs: v.getUint32(36, true),
    encodeUs: v.getUint32(40, true),
    sendUs: v.getUint32(44, true),
    x: v.getFloat32(48, true),
    y: v.getFloat32(52, true),
    z: v.getFloat32(56, true),
    yaw: v.getFloat32(60, true),
    pitch: v.getFloat32(64, true),
    hours: v.getFloat32(68, true),
    weather: WEATHER[v.getUint16(72, true)] ?? 'unknown',
    triangles: v.getUint32(76, true),
  };
}

export function compass(yaw) {
  let deg = (yaw * 180) / Math.PI;
  deg = ((deg % 360) + 360) % 360;
  const names = ['N', 'NE', 'E', 'SE', 'S', 'SW', 'W', 'NW'];
  return `${names[Math.round(deg / 45) % 8]} ${deg.toFixed(0)}°`;
}

export function clock(hours) {
  const m = Math.round(hours * 60) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

export function percentile(values, p) {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}
