-- When an action of the plan is due: its date, or else the last day of its planned quarter ("2026-Q3") or year
-- ("2026"), so that an action planned for a quarter also turns overdue and its owner is reminded.
create function policy_action_due(due_date date, planned_quarter text) returns date
language sql immutable as $$
  select coalesce(due_date,
    case
      when planned_quarter ~ '^[0-9]{4}$' then make_date(planned_quarter::int, 12, 31)
      when planned_quarter ~ '^[0-9]{4}-Q[1-4]$' then
        (make_date(substr(planned_quarter, 1, 4)::int, substr(planned_quarter, 7, 1)::int * 3, 1)
          + interval '1 month' - interval '1 day')::date
    end)
$$;
