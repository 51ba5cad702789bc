export interface Choice<T extends string> {
  value: T;
  label: string;
  hint?: string;
}

interface Props<T extends string> {
  legend: string;
  name: string;
  choices: readonly Choice<T>[];
  value: T;
  onChange: (value: T) => void;
}

/** A fieldset of native radio buttons: arrow keys, labels and announcements come for free. */
export function RadioGroup<T extends string>({ legend, name, choices, value, onChange }: Props<T>) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {choices.map((choice) => {
        const id = `${name}-${choice.value}`;
        return (
          <div class="choice" key={choice.value}>
            <input
              type="radio"
              id={id}
              name={name}
              value={choice.value}
              checked={value === choice.value}
              aria-describedby={choice.hint ? `${id}-hint` : undefined}
              onChange={() => onChange(choice.value)}
            />
            <label for={id}>{choice.label}</label>
            {choice.hint && (
              <p class="hint" id={`${id}-hint`}>
                {choice.hint}
              </p>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
