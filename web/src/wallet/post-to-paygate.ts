/**
 * Sends the browser to PayGate's payment page. PayWeb3 wants a form POST (PAY_REQUEST_ID and
 * CHECKSUM), not a link, so a hidden form is built from the fields the wallet returned.
 */
export function postToPayGate(redirect: { url: string; fields: readonly { name: string; value: string }[] }): void {
  const form = document.createElement("form");
  form.method = "POST";
  form.action = redirect.url;
  form.style.display = "none";
  for (const field of redirect.fields) {
    const input = document.createElement("input");
    input.type = "hidden";
    input.name = field.name;
    input.value = field.value;
    form.appendChild(input);
  }
  document.body.appendChild(form);
  form.submit();
}
