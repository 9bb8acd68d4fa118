import type { RoleSpan } from '../../domain/people';

function span(r: RoleSpan): string {
  const year = (d: string | null) => d?.slice(0, 4);
  const from = year(r.from);
  const to = year(r.to);
  if (!from) return '';
  return from === to ? ` (${from})` : ` (${from}–${to})`;
}

/** Roles over time, oldest first; a role held in many articles says how many. */
export function RoleHistory({ roles, limit }: { roles: RoleSpan[]; limit?: number }) {
  if (roles.length === 0) return <p className="role-history muted">Không rõ chức vụ</p>;
  const shown = limit ? roles.slice(0, limit) : roles;
  return (
    <ul className="role-history" aria-label={roles.length > 1 ? 'Các chức vụ theo thời gian' : 'Chức vụ'}>
      {shown.map((r) => (
        <li key={r.role}>
          {r.role}
          <span className="role-span">{span(r)}</span>
        </li>
      ))}
      {limit && roles.length > limit && <li className="muted">và {roles.length - limit} chức vụ khác</li>}
    </ul>
  );
}
