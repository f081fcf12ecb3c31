/**
 * Submits filter forms (`form[data-autosubmit]`) as soon as a choice
 * changes; without JavaScript their Apply button does the same.
 */
export function setUpAutoSubmit(doc: Document = document): void {
  for (const form of doc.querySelectorAll<HTMLFormElement>('form[data-autosubmit]')) {
    form.addEventListener('change', () => {
      // Empty choices stay out of the URL: /providers/avtocod?status=402, not ?category=&status=402.
      for (const field of form.querySelectorAll<HTMLSelectElement>('select')) {
        field.disabled = field.value === '';
      }
      form.submit();
    });
  }
}
