/** The machine a run measured on, for the report's header. */
import { arch, cpus, loadavg, platform, release, totalmem } from 'node:os';

export interface MachineInfo {
  readonly os: string;
  readonly cpu: string;
  readonly cores: number;
  readonly totalMemoryBytes: number;
  readonly node: string;
  /** 1-minute load average when the run started: other work on the machine skews the figures. */
  readonly loadAverage: number;
}

export function machineInfo(): MachineInfo {
  const cpuList = cpus();
  return {
    os: `${platform()} ${release()} ${arch()}`,
    cpu: cpuList[0]?.model.trim() ?? 'unknown',
    cores: cpuList.length,
    totalMemoryBytes: totalmem(),
    node: process.version,
    loadAverage: loadavg()[0] ?? 0,
  };
}
