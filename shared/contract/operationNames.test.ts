import { describe, expect, it } from 'vitest';
import { isOperationName, operationNames } from './operationNames.ts';
import { operations } from './operations.ts';

describe('operationNames', () => {
  it('lists exactly the operations of the contract table, each once', () => {
    expect(new Set(operationNames).size).toBe(operationNames.length);
    expect([...operationNames].sort()).toEqual(Object.keys(operations).sort());
  });

  it('recognises only contract names (no inherited object keys)', () => {
    expect(isOperationName('savePlan')).toBe(true);
    expect(isOperationName('toString')).toBe(false);
    expect(isOperationName('__proto__')).toBe(false);
    expect(isOperationName('xóaKếHoạch')).toBe(false);
  });
});
