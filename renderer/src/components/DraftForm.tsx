import { EditForm, type EditFormProps } from './EditForm';

/** An edit form kept as a draft (useDraftForm): its leave button discards the draft before leaving. */
export const DraftForm = ({ draft, onLeave, ...props }: EditFormProps & { draft: { clear(): Promise<unknown> } }) => (
  <EditForm
    {...props}
    onLeave={() => {
      void draft.clear();
      onLeave();
    }}
  />
);
