import type { RoleSpan } from '../../domain/people';
import { useFormat, useT } from '../../lib/i18n';

function span(r: RoleSpan): string {
  const year = (d: string | null) => d?.slice(0, 4);
  const from = year(r.from);
  const to = year(r.to);
  if (!from) return '';
  return from === to ? ` (${from})` : ` (${from}–${to})`;
}

/** Roles over time, oldest first; a role held in many articles says how many. */
export function RoleHistory({ roles, limit }: { roles: RoleSpan[]; limit?: number }) {
  const t = useT();
  const n = useFormat().number;
  if (roles.length === 0) return <p className="role-history muted">{t('people.noRole')}</p>;
  const shown = limit ? roles.slice(0, limit) : roles;
  return (
    <ul className="role-history" aria-label={t(roles.length > 1 ? 'people.roles' : 'people.role')}>
      {shown.map((r) => (
        <li key={r.role}>
          {r.role}
          <span className="role-span">{span(r)}</span>
        </li>
      ))}
      {limit && roles.length > limit && <li className="muted">{t('people.moreRoles', { n: n(roles.length - limit) })}</li>}
    </ul>
  );
}
