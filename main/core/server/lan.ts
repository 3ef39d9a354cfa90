import { networkInterfaces } from 'node:os';

/** IPv4 addresses other devices on the local network can reach this machine at. */
export function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((i): i is NonNullable<typeof i> => !!i && i.family === 'IPv4' && !i.internal)
    .map((i) => i.address);
}

/** 10/8, 172.16/12 and 192.168/16: the ranges home and office networks use. */
export function isPrivateIPv4(ip: string): boolean {
  const [a, b] = ip.split('.').map(Number) as [number, number];
  return a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
}

/**
 * The one address LAN access listens on: the one chosen in settings while this machine has it, else the first
 * private IPv4 (else the first one at all, on a network without private addresses). Never every interface: a VPN
 * or a public address is not the local network.
 */
export function lanAddress(
  chosen: string | undefined,
  available: readonly string[] = lanAddresses(),
): string | null {
  if (chosen && available.includes(chosen)) return chosen;
  return available.find(isPrivateIPv4) ?? available[0] ?? null;
}
