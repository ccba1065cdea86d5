/** A reply with files (charts) as the multipart body Discord takes for an HTTP interaction response. */
import type { APIInteractionResponse } from 'discord-api-types/v10';
import type { Reply } from '../core/types.ts';

/**
 * An interaction response with uploads, as Discord takes it: multipart/form-data with the JSON in
 * `payload_json` and each file as `files[n]`. The WHATWG FormData encoder does the framing.
 */
export async function multipartBody(
  body: APIInteractionResponse,
  files: NonNullable<Reply['files']>,
): Promise<{ body: Buffer; contentType: string }> {
  const form = new FormData();
  form.append('payload_json', JSON.stringify(body));
  files.forEach((file, index) => {
    form.append(`files[${index}]`, new Blob([new Uint8Array(file.data)], { type: file.contentType }), file.name);
  });
  const encoded = new Response(form);
  return {
    body: Buffer.from(await encoded.arrayBuffer()),
    contentType: encoded.headers.get('content-type') ?? 'multipart/form-data',
  };
}
