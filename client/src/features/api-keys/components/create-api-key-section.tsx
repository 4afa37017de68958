import { ProblemAlert } from '../../../shared/ui';
import { useShownOnce } from '../../../shared/use-shown-once';
import { useCreateApiKey } from '../api/use-api-key-mutations';
import { CreateApiKeyForm } from './create-api-key-form';
import { SecretPanel } from './secret-panel';

interface CreateApiKeySectionProps {
  /** Called as a new key is requested, before the answer. */
  onSubmit: () => void;
}

/** The "New key" card, then the new key's secret, shown once. */
export function CreateApiKeySection({ onSubmit }: CreateApiKeySectionProps) {
  const create = useCreateApiKey();
  const { shown: created, send, close } = useShownOnce(create);

  return (
    <>
      <section className="card" aria-labelledby="create-key-title">
        <h2 id="create-key-title">New key</h2>
        {create.isError && <ProblemAlert error={create.error} />}
        <CreateApiKeyForm
          pending={create.isPending}
          onSubmit={(body) => {
            onSubmit();
            send(body);
          }}
        />
      </section>

      {created && <SecretPanel created={created} onClose={close} />}
    </>
  );
}
