interface Props {
  code: string;
  labelledBy?: string;
  testId?: string;
}

/** The code in numbered groups of four, so a copy made by hand can be checked group by group. */
export function RecoveryCodeGroups({ code, labelledBy, testId }: Props) {
  return (
    <ol className="cxr-recovery-code" aria-labelledby={labelledBy} data-testid={testId}>
      {code.split('-').map((group, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: groups can repeat; their position is their identity
        <li key={i}>
          <small>{i + 1}</small>
          <code>{group}</code>
        </li>
      ))}
    </ol>
  );
}
