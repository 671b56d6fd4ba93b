import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { incidentInput } from './incidents.ts';
import { outgoingItem } from './items.ts';
import { createTestRegister, type TestRegister } from './temp-register.ts';

/** Each side trusts the other's public key file after "comparing" the fingerprint, as people do with the sheets. */
export async function introduce(a: TestRegister, b: TestRegister) {
  const ka = await a.call('keys.show');
  const kb = await b.call('keys.show');
  await a.call('keys.trust', { publicFile: kb.publicFile, fingerprint: kb.fingerprintGrouped });
  await b.call('keys.trust', { publicFile: ka.publicFile, fingerprint: ka.fingerprintGrouped });
  return { unitKey: ka, receiverKey: kb };
}

/** A unit and the provincial police, with trusted keys both ways and a USB-stick folder. */
export async function unitAndPolice() {
  const unit = await createTestRegister('unit');
  const police = await createTestRegister('receiver');
  const keys = await introduce(unit, police);
  const usb = join(unit.dir, 'usb');
  mkdirSync(usb);
  return {
    unit,
    police,
    usb,
    ...keys,
    /** Files a report about one new item and returns it. */
    async fileReport(over: Record<string, unknown> = {}) {
      const item = await unit.call('items.add', outgoingItem({ docNumber: `${Math.random()}`.slice(2, 10) }));
      return unit.call('incidents.add', incidentInput([item.id], over));
    },
    cleanup() {
      unit.cleanup();
      police.cleanup();
    },
  };
}
