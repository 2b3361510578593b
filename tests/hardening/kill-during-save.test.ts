import { describe, expect, it } from 'vitest';
import { MAX_LOST_MS, runKillCampaign } from './kill/kill-campaign.ts';

describe('kill -9 during save and autosave (soak)', () => {
  it('leaves a whole file and loses at most the last second of typing, 200 kills', async () => {
    const stats = await runKillCampaign({ kills: 200, seed: 2_606_2025 });
    console.info(`[hardening] kill -9: ${JSON.stringify(stats)}`);
    expect(stats.kills).toBe(200);
    expect(stats.maxLostMs).toBeLessThanOrEqual(MAX_LOST_MS);
    expect(stats.fileWasNew).toBeGreaterThan(0);
    expect(stats.restoredFromRecovery).toBeGreaterThan(0);
  }, 600_000);
});
