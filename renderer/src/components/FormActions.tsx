/** The bottom of an edit form: save (submits the form) and leave without saving. */
export const FormActions = ({ saveLabel, leaveLabel, onLeave }: { saveLabel: string; leaveLabel: string; onLeave(): void }) => (
  <div className="actions">
    <button type="submit" className="primary">
      {saveLabel}
    </button>
    <button type="button" onClick={onLeave}>
      {leaveLabel}
    </button>
  </div>
);
