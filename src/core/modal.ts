/**
 * Forms (Discord modals) built from a short list of inputs, and the submitted values read back;
 * `/data` and the report flow use them.
 */
import {
  ComponentType,
  TextInputStyle,
  type APILabelComponent,
  type APIModalInteractionResponseCallbackData,
} from 'discord-api-types/v10';
import { LIMITS, truncate } from './limits.ts';
import type { ModalFields, Reply } from './types.ts';

/** One input of a form: a line or a paragraph of text, or a pick from a list. */
export type FormField =
  | {
      id: string;
      label: string;
      description?: string | undefined;
      style: 'short' | 'paragraph';
      required?: boolean | undefined;
      maxLength?: number | undefined;
      placeholder?: string | undefined;
      /** Text already in the input (an edit prefilled from a report). */
      value?: string | undefined;
    }
  | {
      id: string;
      label: string;
      description?: string | undefined;
      options: { label: string; value: string; default?: boolean }[];
      required?: boolean | undefined;
    };

/** A modal of Label components (at most five, as Discord allows), each holding one input. */
export function modalReply(customId: string, title: string, fields: readonly FormField[]): Reply {
  const components: APILabelComponent[] = fields.slice(0, 5).map((field) => ({
    type: ComponentType.Label,
    label: truncate(field.label, 45),
    ...(field.description ? { description: truncate(field.description, 100) } : {}),
    component:
      'options' in field
        ? {
            type: ComponentType.StringSelect,
            custom_id: field.id,
            options: field.options.slice(0, 25).map((o) => ({ ...o, label: truncate(o.label, 100) })),
            required: field.required ?? true,
          }
        : {
            type: ComponentType.TextInput,
            custom_id: field.id,
            style: field.style === 'short' ? TextInputStyle.Short : TextInputStyle.Paragraph,
            required: field.required ?? true,
            max_length: field.maxLength ?? 4000,
            ...(field.placeholder ? { placeholder: truncate(field.placeholder, 100) } : {}),
            ...(field.value ? { value: field.value.slice(0, field.maxLength ?? 4000) } : {}),
          },
  }));
  const modal: APIModalInteractionResponseCallbackData = {
    custom_id: customId.slice(0, LIMITS.customId),
    title: truncate(title, 45),
    components,
  };
  return { kind: 'modal', data: {}, modal };
}

/** A submitted text input, trimmed; '' when left empty or absent. */
export function textField(fields: ModalFields, id: string): string {
  const value = fields[id];
  return typeof value === 'string' ? value.trim() : '';
}

/** The first value picked in a select; '' when none. */
export function pickedField(fields: ModalFields, id: string): string {
  const value: string | readonly string[] | undefined = fields[id];
  if (typeof value === 'string') return value;
  return value?.[0] ?? '';
}
