import type { ReactNode } from "react";

interface FieldProps {
  name: string;
  label: string;
  error?: string;
  /** Shown after the input, e.g. the unit of a number ("%", "EUR"). */
  suffix?: ReactNode;
  hint?: string;
}

const errorId = (name: string) => `${name}-error`;

function FieldShell({ name, label, error, suffix, hint, children }: FieldProps & { children: ReactNode }) {
  return (
    <label>
      <span>{label}</span>
      <span>
        {children}
        {suffix ? <span className="muted"> {suffix}</span> : null}
      </span>
      {hint ? <small className="muted">{hint}</small> : null}
      {error ? (
        <span className="field-error" id={errorId(name)} role="alert">
          {error}
        </span>
      ) : null}
    </label>
  );
}

export function TextField({
  defaultValue,
  type = "text",
  required,
  inputMode,
  list,
  ...props
}: FieldProps & {
  defaultValue?: string;
  type?: "text" | "email" | "date";
  required?: boolean;
  inputMode?: "decimal" | "numeric" | "text";
  /** Id of a <datalist> with suggested values. */
  list?: string;
}) {
  return (
    <FieldShell {...props}>
      <input
        name={props.name}
        type={type}
        defaultValue={defaultValue}
        required={required}
        inputMode={inputMode}
        list={list}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? errorId(props.name) : undefined}
      />
    </FieldShell>
  );
}

export function TextAreaField({ defaultValue, rows = 3, ...props }: FieldProps & { defaultValue?: string; rows?: number }) {
  return (
    <FieldShell {...props}>
      <textarea
        name={props.name}
        defaultValue={defaultValue}
        rows={rows}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? errorId(props.name) : undefined}
      />
    </FieldShell>
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

export function SelectField({
  options,
  defaultValue,
  onChange,
  ...props
}: FieldProps & { options: SelectOption[]; defaultValue?: string; onChange?: (value: string) => void }) {
  return (
    <FieldShell {...props}>
      <select
        name={props.name}
        defaultValue={defaultValue}
        onChange={onChange ? (event) => onChange(event.target.value) : undefined}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? errorId(props.name) : undefined}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

/** Show an error that belongs to no single field above the form. */
export function FormError({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <p className="error" role="alert">
      {message}
    </p>
  );
}
