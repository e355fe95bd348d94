import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../platform/auth/auth.service.js';
import { MAX_PERIOD_DAYS } from '../../platform/calendar/calendar.rules.js';
import { authOf } from '../../platform/http/access.js';
import { isoDate } from '../../platform/http/common.schema.js';
import type { Services } from '../../services.js';

const year = z.coerce.number().int().min(1990).max(2200);
const scheduleBody = z.object({
  year: z.number().int().min(1990).max(2200),
  papers: z.array(z.string().max(500)).max(20).optional(),
  days: z
    .array(
      z.object({ name: z.string().trim().min(1).max(20), date: z.string().max(10), isOffDay: z.boolean() }),
    )
    .max(366),
});

export const calendarRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    const { calendar } = services;
    const tags = ['calendar'];

    app.get('/api/v1/calendar/days/:date', {
      config: { access: 'public' },
      schema: {
        tags,
        summary: '某日是否为工作日',
        params: z.object({ date: isoDate }),
        response: {
          200: z.object({
            date: z.string(),
            workday: z.boolean(),
            name: z.string().optional(),
            provisional: z.boolean(),
          }),
        },
      },
      handler: async (req) => calendar.day(req.params.date),
    });

    app.get('/api/v1/calendar/add-working-days', {
      config: { access: 'public' },
      schema: {
        tags,
        summary: '自某日起 N 个工作日（起算日不计入）',
        querystring: z.object({ from: isoDate, days: z.coerce.number().int().min(0).max(MAX_PERIOD_DAYS) }),
        response: {
          200: z.object({ from: z.string(), days: z.number(), due: z.string(), provisional: z.boolean() }),
        },
      },
      handler: async (req) => {
        const { from, days } = req.query;
        const result = await calendar.due(from, { days, unit: 'working_days' });
        return { from, days, ...result };
      },
    });

    app.get('/api/v1/calendar/years', {
      config: { access: { permission: 'calendar.read' } },
      schema: {
        tags,
        summary: '已载入的年度节假日安排',
        response: {
          200: z.object({
            items: z.array(
              z.object({
                year: z.number(),
                papers: z.array(z.string()),
                source: z.string(),
                importedAt: z.string(),
                dayCount: z.number(),
              }),
            ),
          }),
        },
      },
      handler: async () => ({ items: await calendar.listYears() }),
    });

    app.get('/api/v1/calendar/years/:year', {
      config: { access: { permission: 'calendar.read' } },
      schema: {
        tags,
        summary: '某年的节假日与调休上班日',
        params: z.object({ year }),
        response: {
          200: z.object({
            year: z.number(),
            provisional: z.boolean(),
            days: z.array(z.object({ date: z.string(), name: z.string(), isOffDay: z.boolean() })),
          }),
        },
      },
      handler: async (req) => calendar.yearDetail(req.params.year),
    });

    app.post('/api/v1/calendar/years', {
      config: { access: { permission: 'calendar.manage' } },
      schema: {
        tags,
        summary: '载入（或替换）一年的国务院节假日安排',
        body: scheduleBody,
        response: { 201: z.object({ year: z.number(), dayCount: z.number() }) },
      },
      handler: async (req, reply) =>
        reply.status(201).send(await calendar.importYear(actorOf(authOf(req).principal), req.body, 'upload')),
    });
  };
