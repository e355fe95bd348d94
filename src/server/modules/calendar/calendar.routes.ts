import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  addWorkingDaysQuery,
  addWorkingDaysResult,
  calendarYear,
  calendarYearList,
  dateParams,
  dayInfo,
  importedYear,
  scheduleBody,
  yearParams,
} from '../../../shared/contracts/calendar.js';
import { actorOf } from '../../platform/auth/auth.service.js';
import { authOf } from '../../platform/http/access.js';
import type { Services } from '../../services.js';

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
        params: dateParams,
        response: { 200: dayInfo },
      },
      handler: async (req) => calendar.day(req.params.date),
    });

    app.get('/api/v1/calendar/add-working-days', {
      config: { access: 'public' },
      schema: {
        tags,
        summary: '自某日起 N 个工作日（起算日不计入）',
        querystring: addWorkingDaysQuery,
        response: { 200: addWorkingDaysResult },
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
        response: { 200: calendarYearList },
      },
      handler: async () => ({ items: await calendar.listYears() }),
    });

    app.get('/api/v1/calendar/years/:year', {
      config: { access: { permission: 'calendar.read' } },
      schema: {
        tags,
        summary: '某年的节假日与调休上班日',
        params: yearParams,
        response: { 200: calendarYear },
      },
      handler: async (req) => calendar.yearDetail(req.params.year),
    });

    app.post('/api/v1/calendar/years', {
      config: { access: { permission: 'calendar.manage' } },
      schema: {
        tags,
        summary: '载入（或替换）一年的国务院节假日安排',
        body: scheduleBody,
        response: { 201: importedYear },
      },
      handler: async (req, reply) =>
        reply.status(201).send(await calendar.importYear(actorOf(authOf(req).principal), req.body, 'upload')),
    });
  };
