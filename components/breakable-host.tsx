import { Fragment } from 'preact';

/** A host name that may wrap before its dots (`app<wbr>.slack<wbr>.com`) where a narrow column needs it, never inside a label. */
export function BreakableHost({ host }: { host: string }) {
  return (
    <>
      {host.split('.').map((label, index) => (
        <Fragment key={index}>
          {index > 0 && <wbr />}
          {index > 0 ? `.${label}` : label}
        </Fragment>
      ))}
    </>
  );
}
