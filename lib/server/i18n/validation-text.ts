import "server-only";
import { getTranslations } from "next-intl/server";
import type { ValidationText } from "@/lib/shared/field-errors";
import { fromCatalogue } from "@/lib/shared/i18n/validation-text";

/** For a server action: the schema's messages in the reader's language. */
export async function validationText(): Promise<ValidationText> {
  return fromCatalogue(await getTranslations("validation"));
}
