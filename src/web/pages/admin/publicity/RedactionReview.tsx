import { useRef, useState, type ReactNode, type UIEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Col, Flex, Input, Popconfirm, Row, Space, Tooltip, Typography } from 'antd';
import { disclosuresApi } from '../../../api/publicity.js';
import type { Disclosure, DisclosureText, RedactionMark } from '../../../api/types.js';
import { t, tOptional } from '../../../i18n/index.js';
import { disclosureChanged } from './publicityQueries.js';
import { segmentsOf, withMark, withoutMasksIn, type Segment } from './redactionSegments.js';
import { errorText } from '../../../components/formErrors.js';

const MAX_MARK = 200;

function fieldLabel(field: string): string {
  return tOptional(`publicity.fields.${field}`, field);
}

function spanTip(segment: Segment): string {
  const span = segment.span;
  if (!span) return '';
  return t('publicity.redaction.spanTip', {
    kind: t(`publicity.redactionKinds.${span.kind}`),
    replacement: span.replacement,
  });
}

interface Edit {
  /** Hide every occurrence of the text from now on (a false hit of the rules: a checker's `unmask`). */
  unmask: (text: string) => void;
  /** Drop the manual masks that made this hidden range. */
  removeManual: (text: string) => void;
}

/** A hidden range of the original: highlighted; when marks may be changed, a button to undo it. */
function HiddenRange({ segment, edit }: { segment: Segment; edit: Edit | null }) {
  const span = segment.span;
  if (!span) return null;
  const className = `redaction-mark redaction-mark--${span.source}`;
  const tip = spanTip(segment);
  if (!edit) {
    return (
      <Tooltip title={tip}>
        <mark className={className}>{segment.text}</mark>
      </Tooltip>
    );
  }
  const auto = span.source === 'auto';
  return (
    <Popconfirm
      title={
        auto
          ? t('publicity.redaction.unmaskConfirm', { text: segment.text })
          : t('publicity.redaction.removeManualConfirm', { text: segment.text })
      }
      okText={t('publicity.redaction.unmaskAction')}
      cancelText={t('common.cancel')}
      onConfirm={() => (auto ? edit.unmask(segment.text) : edit.removeManual(segment.text))}
    >
      <Tooltip title={tip}>
        <button
          type="button"
          className={className}
          aria-label={t('publicity.redaction.spanLabel', {
            text: segment.text,
            kind: t(`publicity.redactionKinds.${span.kind}`),
            replacement: span.replacement,
          })}
        >
          {segment.text}
        </button>
      </Tooltip>
    </Popconfirm>
  );
}

/** One text side by side: the original with its hidden ranges, and the text as it will be published. */
function TextPair({
  text,
  edit,
  onSelect,
}: {
  text: DisclosureText;
  edit: Edit | null;
  onSelect: () => void;
}) {
  const segments = segmentsOf(text.original, text.spans);
  const auto = text.spans.filter((s) => s.source === 'auto').length;
  const manual = text.spans.length - auto;
  const long = text.field === 'fullText';
  const left = useRef<HTMLDivElement>(null);
  const right = useRef<HTMLDivElement>(null);
  // the two panes of a long text scroll together, so the lines stay side by side
  const follow = (from: HTMLDivElement | null, to: HTMLDivElement | null) => {
    if (!from || !to) return;
    const range = from.scrollHeight - from.clientHeight;
    const ratio = range > 0 ? from.scrollTop / range : 0;
    const target = ratio * (to.scrollHeight - to.clientHeight);
    // the other pane's own scroll event comes back here: a move of a pixel or less ends the echo
    if (Math.abs(to.scrollTop - target) > 1) to.scrollTop = target;
  };
  const headingId = `redaction-${text.field}`;
  return (
    <section className="redaction-pair" aria-labelledby={headingId}>
      <Flex justify="space-between" align="baseline" wrap gap={8}>
        <Typography.Title level={4} id={headingId} className="redaction-pair__title">
          {fieldLabel(text.field)}
        </Typography.Title>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {text.spans.length === 0
            ? t('publicity.redaction.noHits')
            : t('publicity.redaction.counts', { auto, manual })}
        </Typography.Text>
      </Flex>
      <Row gutter={[12, 8]}>
        <Col xs={24} md={12}>
          <div className="redaction-pane__label">{t('publicity.redaction.original')}</div>
          <div
            ref={left}
            className={`redaction-text redaction-text--original${long ? ' redaction-text--long' : ''}`}
            data-field={text.field}
            data-side="original"
            onMouseUp={onSelect}
            onKeyUp={onSelect}
            onScroll={
              long ? (e: UIEvent<HTMLDivElement>) => follow(e.currentTarget, right.current) : undefined
            }
          >
            {segments.map((s, i) =>
              s.span ? <HiddenRange key={i} segment={s} edit={edit} /> : <span key={i}>{s.text}</span>,
            )}
          </div>
        </Col>
        <Col xs={24} md={12}>
          <div className="redaction-pane__label">{t('publicity.redaction.redacted')}</div>
          <div
            ref={right}
            className={`redaction-text${long ? ' redaction-text--long' : ''}`}
            data-field={text.field}
            data-side="redacted"
            onScroll={
              long ? (e: UIEvent<HTMLDivElement>) => follow(e.currentTarget, left.current) : undefined
            }
          >
            {segments.map((s, i) =>
              s.span ? (
                <Tooltip key={i} title={spanTip(s)}>
                  <mark className="redaction-out">{s.span.replacement}</mark>
                </Tooltip>
              ) : (
                <span key={i}>{s.text}</span>
              ),
            )}
          </div>
        </Col>
      </Row>
    </section>
  );
}

function MarkList({
  marks,
  onRemove,
}: {
  marks: readonly RedactionMark[];
  onRemove: ((m: RedactionMark) => void) | null;
}) {
  return (
    <div className="redaction-marks">
      <Typography.Text type="secondary">
        {t('common.labelColon', { label: t('publicity.redaction.marks') })}
      </Typography.Text>
      {marks.length === 0 ? (
        <Typography.Text type="secondary">{t('publicity.redaction.marksNone')}</Typography.Text>
      ) : (
        <ul className="redaction-marks__list">
          {marks.map((m) => (
            <li
              key={`${m.action}:${m.text}`}
              className={`redaction-marks__item redaction-marks__item--${m.action}`}
            >
              <span>
                {m.action === 'mask'
                  ? t('publicity.redaction.markMask', { text: m.text })
                  : t('publicity.redaction.markUnmask', { text: m.text })}
              </span>
              {onRemove && (
                <Button
                  type="link"
                  size="small"
                  className="ant-btn-link-like"
                  aria-label={t('publicity.redaction.removeMark', { text: m.text })}
                  onClick={() => onRemove(m)}
                >
                  {t('common.delete')}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function Legend() {
  const item = (className: string, label: string): ReactNode => (
    <span>
      <mark className={className} aria-hidden>
        {'　'}
      </mark>{' '}
      {label}
    </span>
  );
  return (
    <p className="redaction-legend">
      {item('redaction-mark redaction-mark--auto', t('publicity.redaction.legendAuto'))}
      {item('redaction-mark redaction-mark--manual', t('publicity.redaction.legendManual'))}
      {item('redaction-out', t('publicity.redaction.legendOut'))}
    </p>
  );
}

/**
 * 脱敏审查: every text of the item, original beside redacted. Where the caller may change the marks
 * (the 填报人 in a draft, the checker while checking), a missed range is masked by selecting it in the
 * original (or typing it), and a false hit is shown again by clicking it.
 */
export function RedactionReview({ item, editable }: { item: Disclosure; editable: boolean }) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (change: { marks: RedactionMark[]; done: string }) =>
      disclosuresApi.setMarks(item.id, change.marks),
    onSuccess: async (next, change) => {
      await disclosureChanged(queryClient, next);
      void message.success(change.done);
    },
    onError: (e) => void message.error(errorText(e)),
  });

  const mask = () => {
    const text = draft.trim();
    if (!text) return setError(t('publicity.redaction.emptyInput'));
    if (text.length > MAX_MARK) return setError(t('publicity.redaction.tooLong'));
    if (!item.texts.some((x) => x.original.includes(text)))
      return setError(t('publicity.redaction.notFound', { text }));
    setError(null);
    save.mutate(
      {
        marks: withMark(item.marks, { text, action: 'mask' }),
        done: t('publicity.redaction.masked', { text }),
      },
      { onSuccess: () => setDraft('') },
    );
  };
  const onSelect = () => {
    const selected = window.getSelection()?.toString().trim() ?? '';
    if (selected && selected.length <= MAX_MARK) {
      setDraft(selected);
      setError(null);
    }
  };
  const edit: Edit | null = editable
    ? {
        unmask: (text) =>
          save.mutate({
            marks: withMark(item.marks, { text, action: 'unmask' }),
            done: t('publicity.redaction.unmasked', { text }),
          }),
        removeManual: (text) =>
          save.mutate({
            marks: withoutMasksIn(item.marks, text),
            done: t('publicity.redaction.markRemoved', { text }),
          }),
      }
    : null;

  return (
    <Card title={t('publicity.redaction.title')} size="small" className="redaction-card">
      <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>
        {editable
          ? t('publicity.redaction.hint')
          : item.version > 0
            ? t('publicity.redaction.readOnlyPublished')
            : t('publicity.redaction.readOnly')}
      </Typography.Paragraph>
      {editable && (
        <div className="redaction-toolbar">
          <label htmlFor="redaction-input" className="redaction-toolbar__label">
            {t('publicity.redaction.input')}
          </label>
          <Space.Compact style={{ width: '100%', maxWidth: 560 }}>
            <Input
              id="redaction-input"
              value={draft}
              maxLength={MAX_MARK}
              allowClear
              placeholder={t('publicity.redaction.inputPlaceholder')}
              status={error ? 'error' : undefined}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? 'redaction-error' : undefined}
              onChange={(e) => {
                setDraft(e.target.value);
                setError(null);
              }}
              onPressEnter={mask}
            />
            <Button type="primary" onClick={mask} loading={save.isPending}>
              {t('publicity.redaction.mask')}
            </Button>
          </Space.Compact>
          {error && (
            <Typography.Text
              type="danger"
              id="redaction-error"
              role="alert"
              className="redaction-toolbar__error"
            >
              {error}
            </Typography.Text>
          )}
        </div>
      )}
      <MarkList
        marks={item.marks}
        onRemove={
          editable
            ? (m) =>
                save.mutate({
                  marks: item.marks.filter((x) => x !== m),
                  done: t('publicity.redaction.markRemoved', { text: m.text }),
                })
            : null
        }
      />
      <Legend />
      {item.texts.map((text) => (
        <TextPair key={text.field} text={text} edit={edit} onSelect={onSelect} />
      ))}
    </Card>
  );
}
