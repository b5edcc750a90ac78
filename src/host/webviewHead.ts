/** The start of every webview page of the extension, up to its one nonce'd style sheet's opening tag. Pure. */
export function webviewHead(title: string, csp: string, nonce: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${title}</title>
<style nonce="${nonce}">`;
}
