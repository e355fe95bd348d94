import { useEffect, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { siteApi } from '../../../api/site.js';
import { formatDate } from '../../../format.js';
import { t } from '../../../i18n/index.js';
import { Emblem } from '../../../components/Emblem.js';
import { usePageTitle } from '../usePageTitle.js';
import { buildSlides, displayOptions, wantsPrior, type PriorPart, type Slide } from './displaySlides.js';
import '../../../styles/display.css';

const REFRESH_MS = 5 * 60_000;

const dateLine = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  weekday: 'long',
});
const clockLine = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function useNow(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const id = window.setInterval(() => setNow(new Date()), 1000);
    return () => window.clearInterval(id);
  }, []);
  return now;
}

/** Keeps the screen on while the display runs (where the browser offers the Wake Lock API). */
function useWakeLock(): void {
  useEffect(() => {
    let lock: { release: () => Promise<void> } | null = null;
    let stopped = false;
    const nav = navigator as Navigator & {
      wakeLock?: { request: (type: 'screen') => Promise<{ release: () => Promise<void> }> };
    };
    const acquire = () => {
      if (!nav.wakeLock || document.visibilityState !== 'visible') return;
      nav.wakeLock
        .request('screen')
        .then((l) => {
          if (stopped) void l.release();
          else lock = l;
        })
        .catch(() => undefined);
    };
    acquire();
    document.addEventListener('visibilitychange', acquire);
    return () => {
      stopped = true;
      document.removeEventListener('visibilitychange', acquire);
      void lock?.release().catch(() => undefined);
    };
  }, []);
}

function DecisionSlide({ slide }: { slide: Extract<Slide, { kind: 'decision' }> }) {
  const d = slide.decision;
  return (
    <>
      <p className="display-slide__label">{t('portal.display.results')}</p>
      <h2 className="display-slide__title">
        {d.withdrawal && <span className="display-badge">{t('portal.display.withdrawn')}</span>}
        {d.title}
      </h2>
      <p className="display-meta">
        {d.documentNumber && <span>{d.documentNumber}</span>}
        <span>{t(`publicity.kinds.${d.kind}`)}</span>
        <span>{t('portal.display.decidedOn', { date: formatDate(d.decidedOn) })}</span>
      </p>
      <p className="display-meta">
        <span>{t('portal.display.unit', { unit: d.unit })}</span>
      </p>
      <p className="display-slide__text">{d.excerpt}</p>
      {d.withdrawal && (
        <p className="display-withdrawn">
          {t('portal.display.withdrawnNote', {
            date: formatDate(d.withdrawal.withdrawnAt),
            reason: d.withdrawal.reason,
          })}
        </p>
      )}
    </>
  );
}

function PriorItems({ items }: { items: PriorPart['items'] }) {
  return (
    <ul className="display-list">
      {items.map((item) => (
        <li key={item.id} className="display-list__item">
          <span className="display-list__title">{item.title}</span>
          <span className="display-list__meta">
            {item.department && <span>{item.department}</span>}
            <span>{t('portal.display.publishedOn', { date: formatDate(item.publishedAt) })}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}

/** One 事前公开 section with its items, or several small ones each under its heading. */
function PriorSlide({ slide }: { slide: Extract<Slide, { kind: 'prior' }> }) {
  const [only] = slide.parts;
  return (
    <>
      <p className="display-slide__label">{t('portal.nav.prior')}</p>
      <h2 className="display-slide__title">{slide.parts.map((p) => p.title).join('、')}</h2>
      {slide.parts.length === 1 && only ? (
        <PriorItems items={only.items} />
      ) : (
        slide.parts.map((part) => (
          <section key={part.code} className="display-part" aria-label={part.title}>
            <h3 className="display-part__title">{part.title}</h3>
            <PriorItems items={part.items} />
          </section>
        ))
      )}
      {only && slide.parts.length === 1 && only.more > 0 && (
        <p className="display-more">{t('portal.display.more', { count: only.more })}</p>
      )}
    </>
  );
}

function EmptySlide() {
  return (
    <>
      <h2 className="display-slide__title">{t('portal.display.empty')}</h2>
      <p className="display-slide__text">{t('portal.display.emptyText')}</p>
    </>
  );
}

/**
 * 电子显示屏 (`/display`): a full screen for the service window that turns through the recent
 * decisions and the 事前公开 sections by itself, in type readable from a few metres, with the
 * date and time. Options in the address: `?interval=15&count=5&sections=results,prior`. Without
 * animation when the system asks for reduced motion (it still turns).
 */
export default function DisplayPage() {
  const [params] = useSearchParams();
  const options = displayOptions(params);
  const now = useNow();
  useWakeLock();
  usePageTitle(t('portal.display.title'));

  const site = useQuery({
    queryKey: ['public', 'site'],
    queryFn: ({ signal }) => siteApi.info(signal),
    staleTime: REFRESH_MS,
  });
  const decisions = useQuery({
    queryKey: ['display', 'decisions', options.count],
    queryFn: ({ signal }) => siteApi.recentDecisions(options.count, signal),
    enabled: options.results,
    refetchInterval: REFRESH_MS,
  });
  const prior = useQuery({
    queryKey: ['display', 'prior'],
    queryFn: ({ signal }) => siteApi.priorSections(signal),
    enabled: wantsPrior(options),
    refetchInterval: REFRESH_MS,
    retry: false,
  });

  const loading = (options.results && decisions.isPending) || (wantsPrior(options) && prior.isPending);
  const slides = buildSlides(options, decisions.data ?? [], prior.data ?? []);
  const [index, setIndex] = useState(0);
  const [paused, setPaused] = useState(false);
  const position = index % slides.length;
  const slide = slides[position] ?? slides[0];

  useEffect(() => {
    if (paused || loading || slides.length <= 1) return;
    const id = window.setTimeout(() => setIndex((i) => (i + 1) % slides.length), options.interval * 1000);
    return () => window.clearTimeout(id);
  }, [paused, loading, slides.length, options.interval, position]);

  const bodyName = site.data?.bodyName ?? t('common.bodyName');
  return (
    <div className="display">
      <header className="display-header">
        <div className="display-brand">
          <Emblem size={64} />
          <h1 className="display-brand__title">
            <span>{bodyName}</span>
            <span className="display-brand__name">{t('portal.display.heading')}</span>
          </h1>
        </div>
        <p className="display-clock">
          <span className="display-clock__date">{dateLine.format(now)}</span>
          <time className="display-clock__time" dateTime={now.toISOString()}>
            {clockLine.format(now)}
          </time>
        </p>
      </header>
      <main className="display-main">
        <section
          className="display-stage"
          aria-roledescription="carousel"
          aria-label={t('portal.display.region')}
        >
          {loading ? (
            <p className="display-slide__text">{t('common.loading')}</p>
          ) : (
            slide && (
              <div
                key={`${slide.key}:${index}`}
                className="display-slide"
                role="group"
                aria-roledescription="slide"
                aria-label={t('portal.display.slideOf', { n: position + 1, total: slides.length })}
                data-slide={position}
              >
                {slide.kind === 'decision' && <DecisionSlide slide={slide} />}
                {slide.kind === 'prior' && <PriorSlide slide={slide} />}
                {slide.kind === 'empty' && <EmptySlide />}
              </div>
            )
          )}
        </section>
      </main>
      <footer className="display-footer">
        <p className="display-footer__visit">{t('portal.display.visit')}</p>
        {slides.length > 1 && (
          <div className="display-progress">
            <span className="display-progress__count">
              {t('portal.display.slideOf', { n: position + 1, total: slides.length })}
            </span>
            <span className="display-progress__bar" aria-hidden="true">
              <span
                key={`${position}:${index}:${paused ? 'p' : 'r'}`}
                className={
                  paused ? 'display-progress__fill display-progress__fill--paused' : 'display-progress__fill'
                }
                style={{ animationDuration: `${options.interval}s` }}
              />
            </span>
            <button type="button" className="display-pause" onClick={() => setPaused((p) => !p)}>
              {paused ? t('portal.display.resume') : t('portal.display.pause')}
            </button>
          </div>
        )}
      </footer>
    </div>
  );
}
