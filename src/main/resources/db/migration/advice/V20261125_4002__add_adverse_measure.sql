-- Whistleblower reports: the day the reporter told of an adverse measure against them; Comité P may then protect
-- them for three years (domain.md 6.1).
alter table advice_report add column adverse_measure_on date;
