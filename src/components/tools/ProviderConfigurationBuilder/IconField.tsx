/**
 * The icon (iconTemplateImageData): upload a PNG to check it and see it as iOS draws it (only the
 * alpha channel, white, 40 pt square, here on the dark call-screen background), and the asset
 * name the generated code loads it by.
 */
import type {ReactNode} from 'react';

import type {ProviderConfigurationField} from '@site/simulator/src/tools';

import {templateMaskStyle} from '../../CallSimulator/templateMask';
import styles from './styles.module.css';

export interface IconFieldProps {
  field: ProviderConfigurationField;
  idPrefix: string;
  describedBy: string | undefined;
  assetName: string;
  onAssetName: (name: string) => void;
  /** Object URL of the uploaded image, when it reads as a PNG. */
  iconUrl: string | null;
  fileName: string | null;
  onFile: (file: File | null) => void;
}

export default function IconField({
  field,
  idPrefix,
  describedBy,
  assetName,
  onAssetName,
  iconUrl,
  fileName,
  onFile,
}: IconFieldProps): ReactNode {
  const uploadId = `${idPrefix}-upload`;
  const assetId = `${idPrefix}-asset`;
  const helpId = `${idPrefix}-icon-help`;
  return (
    <fieldset
      className={styles.fieldset}
      aria-describedby={describedBy}
      data-testid={`pc-field-${field.name}`}>
      <legend className={styles.fieldLabel}>
        <code>{field.name}</code>
      </legend>
      <p id={helpId} className={styles.help}>
        {field.property.effect} Upload it to check it; nothing leaves your browser.
      </p>
      <div className={styles.iconRow}>
        <div className={styles.field}>
          <label htmlFor={uploadId} className={styles.subLabel}>
            PNG file to check
          </label>
          <input
            id={uploadId}
            type="file"
            accept="image/png,.png"
            className={styles.fileInput}
            aria-describedby={describedBy}
            data-testid="pc-icon-upload"
            onChange={(event) => onFile(event.target.files?.[0] ?? null)}
          />
        </div>
        {iconUrl !== null ? (
          <figure className={styles.iconFigure} data-testid="pc-icon-preview">
            <span className={styles.iconStage}>
              <span className={styles.iconTemplate} style={templateMaskStyle(iconUrl)} />
            </span>
            <figcaption className={styles.muted}>
              {fileName ?? 'Your icon'} as iOS draws it: alpha only, white, 40 pt.
            </figcaption>
          </figure>
        ) : null}
      </div>
      <div className={styles.field}>
        <label htmlFor={assetId} className={styles.subLabel}>
          Asset name in your app (empty: no icon)
        </label>
        <input
          id={assetId}
          type="text"
          className={styles.textInput}
          autoComplete="off"
          spellCheck={false}
          value={assetName}
          aria-describedby={helpId}
          data-testid="pc-field-iconAssetName"
          onChange={(event) => onAssetName(event.target.value)}
        />
      </div>
    </fieldset>
  );
}
