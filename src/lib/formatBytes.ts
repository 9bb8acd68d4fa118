const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'] as const;

const oneDecimal = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });

/**
 * A byte count the Vietnamese way: "0 B", "850 B", "12,3 KB", "1,2 MB" (decimal comma, binary
 * multiples as file managers show them). One decimal below 100 of a unit, none above.
 */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes <= 0) return '0 B';
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  // 1023,96 KB would round to "1.024 KB": show the next unit instead.
  if (unit < UNITS.length - 1 && Number(value.toFixed(1)) >= 1024) {
    value /= 1024;
    unit++;
  }
  const text = unit === 0 || value >= 100 ? whole.format(value) : oneDecimal.format(value);
  return `${text} ${UNITS[unit]}`;
}
