import { useId } from 'react';

/** One typography slider with its value shown beside its label (and read out as that text). */
export function RangeSetting({
  label,
  value,
  limits,
  step,
  format,
  onChange,
}: {
  label: string;
  value: number;
  limits: { readonly min: number; readonly max: number };
  step: number;
  format: (value: number) => string;
  onChange: (value: number) => void;
}) {
  const inputId = useId();
  const shown = format(value);
  return (
    <div className="range-setting">
      <div className="range-setting__row">
        <label htmlFor={inputId} className="range-setting__label">
          {label}
        </label>
        <output htmlFor={inputId} className="range-setting__value">
          {shown}
        </output>
      </div>
      <input
        id={inputId}
        className="range-setting__input"
        type="range"
        min={limits.min}
        max={limits.max}
        step={step}
        value={value}
        aria-valuetext={shown}
        onChange={(event) => onChange(Number(event.target.value))}
      />
    </div>
  );
}
