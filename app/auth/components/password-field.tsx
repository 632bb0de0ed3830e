interface PasswordFieldProps {
  name: string;
  label: string;
  error?: string;
  hint?: string;
  autoComplete: "current-password" | "new-password";
}

/** A password input laid out like the other form fields. It never shows a value again after a rejected post. */
export function PasswordField({ name, label, error, hint, autoComplete }: PasswordFieldProps) {
  const errorId = `${name}-error`;
  return (
    <label>
      <span>{label}</span>
      <span>
        <input
          name={name}
          type="password"
          autoComplete={autoComplete}
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
        />
      </span>
      {hint ? <small className="muted">{hint}</small> : null}
      {error ? (
        <span className="field-error" id={errorId} role="alert">
          {error}
        </span>
      ) : null}
    </label>
  );
}
